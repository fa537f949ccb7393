import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-md p-10 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-3 text-stone-600">There is nothing at this address.</p>
      <Link href="/" className="mt-6 inline-block rounded-md bg-brand-600 px-4 py-3 font-medium text-white">
        Back to the portal
      </Link>
    </main>
  );
}
