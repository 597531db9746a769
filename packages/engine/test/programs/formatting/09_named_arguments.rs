fn main() {
    let greeting = format!("Hello, {name}! You are {age} years old.", name = "Maya", age = 21);
    println!("{}", greeting);

    println!("{first} {last} / {last}, {first}", first = "Ada", last = "Lovelace");
    println!("{0} and {1}, then {1} and {0}", "ping", "pong");
    println!("{a}-{b}-{a}", a = 1, b = 2);

    let total = 3;
    let done = 2;
    println!("{done}/{total} tasks done ({pct:.1}%)", pct = done as f64 / total as f64 * 100.0);
    println!("{value:>width$}|", value = "right", width = 10);
}
