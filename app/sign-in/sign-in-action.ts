"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/auth";

export type SignInState = { error: string | null };

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  try {
    await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirectTo: "/",
    });
    return { error: null };
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      return { error: "Too many failed sign-ins. Wait a few minutes, then try again." };
    }
    if (error instanceof AuthError) return { error: "That email and password do not match an active account." };
    throw error;
  }
}
