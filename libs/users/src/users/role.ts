export enum Role {
  Admin = 'admin',
  Organizer = 'organizer',
  Customer = 'customer',
}
