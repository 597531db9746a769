fn describe(xs: &[i32]) -> String {
    match xs {
        [] => String::from("empty"),
        [one] => format!("just {}", one),
        [first, second] => format!("a pair: {} and {}", first, second),
        [first, .., last] => format!("{} items from {} to {}", xs.len(), first, last),
    }
}

fn sum(xs: &[i32]) -> i32 {
    match xs {
        [] => 0,
        [head, tail @ ..] => head + sum(tail),
    }
}

fn main() {
    let data = [3, 1, 4, 1, 5, 9, 2, 6];
    println!("{}", describe(&[]));
    println!("{}", describe(&data[..1]));
    println!("{}", describe(&data[2..4]));
    println!("{}", describe(&data));
    println!("sum = {}", sum(&data));

    if let [a, b, rest @ ..] = &data[..] {
        println!("a={} b={} rest={:?}", a, b, rest);
    }

    let words = vec!["cargo", "build", "--release"];
    match words.as_slice() {
        ["cargo", cmd, flags @ ..] => println!("cargo subcommand {} with {} flag(s)", cmd, flags.len()),
        _ => println!("not cargo"),
    }
}
