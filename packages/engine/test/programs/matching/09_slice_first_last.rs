fn describe(v: &[i32]) -> String {
    match v {
        [] => String::from("empty"),
        [one] => format!("just {}", one),
        [first, second] => format!("a pair: {} and {}", first, second),
        [first, .., last] => format!("{} items, from {} to {}", v.len(), first, last),
    }
}

fn main() {
    let data = vec![3, 1, 4, 1, 5, 9, 2, 6];
    println!("{}", describe(&[]));
    println!("{}", describe(&[7]));
    println!("{}", describe(&[7, 8]));
    println!("{}", describe(&data));
    println!("{}", describe(&data[2..5]));

    let words = ["alpha", "beta", "gamma", "delta"];
    if let [head, tail @ ..] = &words[..] {
        println!("head = {}, tail = {:?}", head, tail);
    }
    match words {
        [a, b, ..] => println!("first two: {} {}", a, b),
    }
}
