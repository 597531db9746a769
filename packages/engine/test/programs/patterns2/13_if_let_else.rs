use std::collections::HashMap;

enum Role {
    Admin,
    Editor { sections: Vec<String> },
    Viewer,
}

fn can_edit(role: &Role, section: &str) -> bool {
    if let Role::Admin = role {
        true
    } else if let Role::Editor { sections } = role {
        sections.iter().any(|s| s == section)
    } else {
        false
    }
}

fn main() {
    let mut users: HashMap<&str, Role> = HashMap::new();
    users.insert("maria", Role::Admin);
    users.insert("tom", Role::Editor { sections: vec!["sports".to_string(), "weather".to_string()] });
    users.insert("li", Role::Viewer);

    let requests = [("maria", "politics"), ("tom", "weather"), ("tom", "politics"), ("li", "sports"), ("zed", "sports")];
    for (user, section) in requests {
        if let Some(role) = users.get(user) {
            let verdict = if can_edit(role, section) { "allowed" } else { "denied" };
            println!("{} editing {}: {}", user, section, verdict);
        } else {
            println!("{} is not a known user", user);
        }
    }

    let count = if let Some(Role::Editor { sections }) = users.get("tom") { sections.len() } else { 0 };
    println!("tom edits {} sections", count);
}
