fn parse_coord(s: &str) -> Option<i32> {
    s.trim().parse().ok()
}

fn main() {
    let xs = ["3", "-4", "x", "10"];
    let ys = ["7", "2", "5", "oops"];

    for (x, y) in xs.iter().zip(ys.iter()) {
        let point = parse_coord(x).zip(parse_coord(y));
        match point {
            Some((a, b)) => println!("point ({}, {})", a, b),
            None => println!("could not build point from {:?}, {:?}", x, y),
        }
    }

    let even = |n: &i32| n % 2 == 0;
    for s in ["8", "9", "nine"] {
        let v = parse_coord(s).filter(even);
        println!("{} -> even? {:?}", s, v);
    }

    let positive_sum = parse_coord("5")
        .zip(parse_coord("6"))
        .map(|(a, b)| a + b)
        .filter(|&s| s > 0);
    println!("positive sum: {:?}", positive_sum);
}
