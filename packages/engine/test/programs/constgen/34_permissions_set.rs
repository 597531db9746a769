use std::collections::HashSet;

// Role-based permissions using a set of unit variants.
#[derive(Debug, Clone, Copy, Hash, PartialEq, Eq)]
enum Perm {
    Read,
    Write,
    Delete,
    Admin,
}

struct Role {
    name: &'static str,
    perms: HashSet<Perm>,
}

impl Role {
    fn new(name: &'static str, perms: &[Perm]) -> Self {
        Role { name, perms: perms.iter().copied().collect() }
    }

    fn can(&self, p: Perm) -> bool {
        self.perms.contains(&p) || self.perms.contains(&Perm::Admin)
    }
}

fn main() {
    let roles = [
        Role::new("guest", &[Perm::Read]),
        Role::new("editor", &[Perm::Read, Perm::Write]),
        Role::new("root", &[Perm::Admin]),
    ];
    let checks = [Perm::Read, Perm::Write, Perm::Delete];
    for r in &roles {
        let allowed: Vec<String> = checks
            .iter()
            .map(|p| format!("{:?}={}", p, if r.can(*p) { "y" } else { "n" }))
            .collect();
        println!("{:<6} {}", r.name, allowed.join(" "));
    }
}
