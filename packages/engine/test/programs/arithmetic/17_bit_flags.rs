// Unix-style permission bits with &, |, ^, !

const READ: u8 = 0b100;
const WRITE: u8 = 0b010;
const EXEC: u8 = 0b001;

fn describe(perms: u8) -> String {
    let mut s = String::new();
    s.push(if perms & READ != 0 { 'r' } else { '-' });
    s.push(if perms & WRITE != 0 { 'w' } else { '-' });
    s.push(if perms & EXEC != 0 { 'x' } else { '-' });
    s
}

fn main() {
    let mut perms = READ | WRITE;
    println!("start:        {:03b} {}", perms, describe(perms));

    perms |= EXEC;
    println!("add exec:     {:03b} {}", perms, describe(perms));

    perms &= !WRITE;
    println!("remove write: {:03b} {}", perms, describe(perms));

    perms ^= READ;
    println!("toggle read:  {:03b} {}", perms, describe(perms));

    perms ^= READ;
    println!("toggle again: {:03b} {}", perms, describe(perms));

    let mode: u16 = 0o754;
    let owner = ((mode >> 6) & 0b111) as u8;
    let group = ((mode >> 3) & 0b111) as u8;
    let other = (mode & 0b111) as u8;
    println!("0o754 = {}{}{}", describe(owner), describe(group), describe(other));
}
