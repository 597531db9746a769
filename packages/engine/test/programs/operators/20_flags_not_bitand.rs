use std::ops::{BitAnd, BitOr, Not};

// A tiny permission set in the style of Unix rwx bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Perms(u8);

impl Perms {
    const READ: Perms = Perms(0b100);
    const WRITE: Perms = Perms(0b010);
    const EXEC: Perms = Perms(0b001);
    const NONE: Perms = Perms(0);

    fn contains(self, other: Perms) -> bool {
        self & other == other
    }
}

impl BitOr for Perms {
    type Output = Perms;
    fn bitor(self, rhs: Perms) -> Perms {
        Perms(self.0 | rhs.0)
    }
}

impl BitAnd for Perms {
    type Output = Perms;
    fn bitand(self, rhs: Perms) -> Perms {
        Perms(self.0 & rhs.0)
    }
}

// Only the lowest three bits are meaningful, so mask after flipping.
impl Not for Perms {
    type Output = Perms;
    fn not(self) -> Perms {
        Perms(!self.0 & 0b111)
    }
}

fn show(p: Perms) -> String {
    let r = if p.contains(Perms::READ) { 'r' } else { '-' };
    let w = if p.contains(Perms::WRITE) { 'w' } else { '-' };
    let x = if p.contains(Perms::EXEC) { 'x' } else { '-' };
    format!("{}{}{}", r, w, x)
}

fn main() {
    let owner = Perms::READ | Perms::WRITE | Perms::EXEC;
    let group = Perms::READ | Perms::EXEC;
    let other = Perms::READ;

    println!("owner {} group {} other {}", show(owner), show(group), show(other));
    println!("!group = {}", show(!group));
    println!("group & other = {}", show(group & other));
    println!("!owner == NONE? {}", !owner == Perms::NONE);

    // Remove write from owner.
    let locked = owner & !Perms::WRITE;
    println!("locked owner = {} ({:03b})", show(locked), locked.0);
}
