// String literals have the 'static lifetime.
fn weekday_name(n: u32) -> &'static str {
    match n {
        1 => "Monday",
        2 => "Tuesday",
        3 => "Wednesday",
        4 => "Thursday",
        5 => "Friday",
        6 => "Saturday",
        7 => "Sunday",
        _ => "unknown",
    }
}

static GREETING: &str = "Hello from a static";

fn main() {
    let s: &'static str = "I have a static lifetime.";
    println!("{}", s);

    let chosen;
    {
        let day = 5;
        chosen = weekday_name(day);
    }
    println!("day 5 is {}", chosen);

    for n in [1, 3, 7, 9] {
        println!("{} -> {}", n, weekday_name(n));
    }
    println!("{GREETING}");
}
