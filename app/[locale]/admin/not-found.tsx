// notFound() in the admin: the same localized page, inside the admin's shell.
export { default } from "../(site)/not-found";
