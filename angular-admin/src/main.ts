import { bootstrapApplication } from '@angular/platform-browser';
import { appConfig } from './app/app.config';
import { App } from './app/app';

bootstrapApplication(App, appConfig).catch((error: unknown) => {
  document.body.textContent = 'La console n’a pas pu démarrer. Rechargez la page. / The console could not start. Reload the page.';
  throw error;
});
