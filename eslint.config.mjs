// ESLint (flat config): Next.js's rules with Core Web Vitals as errors, typescript-eslint's recommended
// rules, React's hooks rules (in eslint-config-next) and the accessibility rules of jsx-a11y. Formatting is
// Prettier's job (.prettierrc.json), so no stylistic rule is enabled here. `npm run lint`; `npm test` runs it.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import jsxA11y from "eslint-plugin-jsx-a11y";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // eslint-config-next registers jsx-a11y with five rules as warnings; the whole recommended set, as errors.
  { files: ["**/*.{jsx,tsx}"], rules: jsxA11y.flatConfigs.recommended.rules },
  {
    rules: {
      // `_`-prefixed names mark a value left out on purpose (`const { updatedAt: _u, ...rest } = row`).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // A wide table sits in a scrollable region that must take keyboard focus to be scrolled without a
      // mouse (WCAG 2.1.1; axe's scrollable-region-focusable): tabIndex={0} on role="region" is intended.
      "jsx-a11y/no-noninteractive-tabindex": [
        "error",
        { tags: [], roles: ["tabpanel", "region"], allowExpressionValues: true },
      ],
      // `<a href="">` is a real link to the current address (the "reload" after a stale save, which must
      // work without JavaScript); the rule's invalidHref aspect counts "" as a placeholder. A missing href
      // and an href that should be a button are still errors.
      "jsx-a11y/anchor-is-valid": ["error", { aspects: ["noHref", "preferButton"] }],
      // Images are the media library's own WebP variants, made at upload at fixed widths and served with
      // srcset (lib/admin/media.ts); next/image's optimizer would encode them again on request and
      // keep the results on disk.
      "@next/next/no-img-element": "off",
    },
  },
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "out/**",
    "next-env.d.ts",
    "lib/generated/**",
    "test-results/**",
    "playwright-report/**",
    ".data/**",
    ".e2e-auth/**",
    "tmp/**",
  ]),
]);
