import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { ApplicationConfig, isDevMode, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { provideTransloco } from '@jsverse/transloco';
import { routes } from './app.routes';
import { authInterceptor } from './core/auth/auth.interceptor';
import { ConsoleTranslationLoader, LANGUAGES, savedLanguage } from './core/i18n/transloco-loader';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding()),
    provideHttpClient(
      withInterceptors([authInterceptor]),
      // The signed double-submit token of docs/orders-and-sessions.md, echoed on every state change.
      withXsrfConfiguration({ cookieName: 'guichet_csrf', headerName: 'X-CSRF-Token' }),
    ),
    provideTransloco({
      config: {
        availableLangs: [...LANGUAGES],
        defaultLang: savedLanguage(),
        fallbackLang: 'fr',
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
        // API problem details pass through the same pipe: an unknown key is shown as is, silently.
        missingHandler: { logMissingKey: false, useFallbackTranslation: false },
      },
      loader: ConsoleTranslationLoader,
    }),
  ],
};
