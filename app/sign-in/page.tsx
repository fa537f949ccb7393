import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { DemoBanner } from "@/components/shell/demo-banner";
import { currentUser } from "@/lib/auth/current-user";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await currentUser()) redirect("/");
  return (
    <>
      <DemoBanner />
      <main className="mx-auto mt-16 max-w-sm px-6">
        <h1 className="text-3xl font-semibold tracking-tight text-brand-900">Tillbridge</h1>
        <p className="mt-2 text-stone-600">Sign in to the shop&apos;s operations portal.</p>
        <SignInForm />
      </main>
    </>
  );
}
