"use client";
// An error in an admin page: the same localized page, inside the admin's shell.
export { default } from "../(site)/error";
