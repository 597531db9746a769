fn run(command: &str, inventory: &mut Vec<String>) -> String {
    let parts: Vec<&str> = command.split_whitespace().collect();
    match parts.as_slice() {
        ["add", item] => {
            inventory.push(item.to_string());
            format!("added {}", item)
        }
        ["add", items @ ..] if !items.is_empty() => {
            for it in items {
                inventory.push(it.to_string());
            }
            format!("added {} items", items.len())
        }
        ["remove", item] => match inventory.iter().position(|x| x == item) {
            Some(i) => {
                inventory.remove(i);
                format!("removed {}", item)
            }
            None => format!("no {} to remove", item),
        },
        ["list"] => inventory.join(", "),
        [] => String::from("empty command"),
        [cmd, ..] => format!("unknown command: {}", cmd),
    }
}

fn main() {
    let mut inv = Vec::new();
    let script = ["add sword", "add shield potion rope", "remove potion", "remove axe", "list", "", "jump high"];
    for line in script {
        println!("> {}\n{}", line, run(line, &mut inv));
    }

    let name = String::from("admin");
    let role = match name.as_str() {
        "admin" | "root" => "superuser",
        "guest" => "visitor",
        _ => "user",
    };
    println!("{} is a {}", name, role);
}
