import { z } from "zod";

export const passwordSchema = z
  .string()
  .min(12, "At least 12 characters")
  .max(200, "At most 200 characters");

export const newUserSchema = z.object({
  name: z.string().trim().min(1, "Required").max(100, "At most 100 characters"),
  email: z.string().trim().toLowerCase().email("Not an email address").max(254),
  role: z.enum(["owner", "staff"]),
  password: passwordSchema,
});

export type NewUserInput = z.infer<typeof newUserSchema>;
