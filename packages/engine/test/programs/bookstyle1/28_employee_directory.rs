// Exercise: "Add Sally to Engineering" style commands into a directory.
use std::collections::HashMap;

fn apply(directory: &mut HashMap<String, Vec<String>>, command: &str) -> Result<(), String> {
    let words: Vec<&str> = command.split_whitespace().collect();
    match words.as_slice() {
        ["Add", name, "to", dept] => {
            directory
                .entry(dept.to_string())
                .or_insert_with(Vec::new)
                .push(name.to_string());
            Ok(())
        }
        _ => Err(format!("cannot understand '{command}'")),
    }
}

fn main() {
    let mut directory: HashMap<String, Vec<String>> = HashMap::new();
    let commands = [
        "Add Sally to Engineering",
        "Add Amir to Sales",
        "Fire everyone",
        "Add Bo to Engineering",
        "Add Ana to Engineering",
    ];
    for c in commands {
        if let Err(e) = apply(&mut directory, c) {
            println!("error: {e}");
        }
    }

    // Sort departments and names so the listing is stable.
    let mut departments: Vec<&String> = directory.keys().collect();
    departments.sort();
    for dept in departments {
        let mut people = directory[dept].clone();
        people.sort();
        println!("{dept}: {}", people.join(", "));
    }
}
