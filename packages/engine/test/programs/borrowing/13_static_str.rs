fn weekday_name(n: u32) -> &'static str {
    match n {
        1 => "Monday",
        2 => "Tuesday",
        3 => "Wednesday",
        4 => "Thursday",
        5 => "Friday",
        6 => "Saturday",
        7 => "Sunday",
        _ => "not a day",
    }
}

static GREETING: &str = "Welcome to CS 242";
const SEPARATOR: &'static str = "----";

fn pick<'a>(use_default: bool, custom: &'a str) -> &'a str {
    // a &'static str can be used where a shorter lifetime is expected
    if use_default { "default" } else { custom }
}

fn main() {
    println!("{}", GREETING);
    println!("{}", SEPARATOR);
    for d in [1, 5, 7, 9] {
        println!("{} -> {}", d, weekday_name(d));
    }
    let name = String::from("custom-name");
    println!("{}", pick(true, &name));
    println!("{}", pick(false, &name));

    let saved: &'static str;
    {
        let day = weekday_name(3);
        saved = day; // fine: string literals live for the whole program
    }
    println!("saved = {}", saved);
}
