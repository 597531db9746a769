use std::collections::HashMap;

fn main() {
    let visits = ["home", "about", "home", "blog", "home", "blog"];
    let mut hits: HashMap<&str, u32> = HashMap::new();

    for page in visits {
        hits.entry(page)
            .and_modify(|n| *n += 1)
            .or_insert(1);
    }

    println!("home: {}", hits["home"]);
    println!("about: {}", hits["about"]);
    println!("blog: {}", hits["blog"]);

    let mut log: HashMap<String, String> = HashMap::new();
    for word in ["a", "b", "a"] {
        log.entry(word.to_string())
            .and_modify(|s| s.push_str("+"))
            .or_insert_with(|| String::from("new"));
    }
    println!("a: {}", log["a"]);
    println!("b: {}", log["b"]);
}
