export * from './content.module';
export * from './content.service';
export * from './content-type';
export type { CatalogueExport } from './export/catalogue-export.service';
export { CatalogueExportService } from './export/catalogue-export.service';
