// strings3: small helpers that take &str and return a new String.
fn trim_me(input: &str) -> &str {
    input.trim()
}

fn compose_me(input: &str) -> String {
    format!("{input} world!")
}

fn replace_me(input: &str) -> String {
    input.replace("cars", "balloons")
}

fn main() {
    println!("[{}]", trim_me("  Hello!   "));
    println!("[{}]", compose_me("Hello"));
    println!("[{}]", replace_me("I think cars are cool"));

    let mut s = String::from("Hello");
    s.push(',');
    s.push_str(" there");
    s += "!";
    println!("{} ({} bytes)", s, s.len());
}
