// Exercise: return a greeting for a name without allocating in the caller.
fn make_greeting(name: &str) -> &str {
    let greeting = format!("Hello, {}!", name);
    &greeting
}

fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap_or("")
}

fn main() {
    let names = ["world", "Rust fans"];
    for n in names {
        let g = make_greeting(n);
        println!("{}", g);
        println!("first word: {}", first_word(g));
    }
    let plain = first_word("static str");
    println!("{}", plain);
    println!("{} names", names.len());
}
