fn describe(xs: &[i32]) -> String {
    match xs {
        [] => "empty".to_string(),
        [x] => format!("just {}", x),
        [a, b] => format!("a pair: {} and {}", a, b),
        [first, .., last] if first == last => format!("starts and ends with {}", first),
        [first, middle @ .., last] => {
            format!("{} ... {} ({} in between)", first, last, middle.len())
        }
    }
}

fn greet(names: &[&str]) -> String {
    match names {
        [] => String::from("Nobody is here."),
        [one] => format!("Hello, {}!", one),
        [one, two] => format!("Hello, {} and {}!", one, two),
        [first, rest @ ..] => format!("Hello, {} and {} others!", first, rest.len()),
    }
}

fn main() {
    let cases: Vec<Vec<i32>> = vec![
        vec![],
        vec![5],
        vec![1, 2],
        vec![3, 8, 1, 3],
        vec![10, 20, 30, 40, 50],
    ];
    for c in &cases {
        println!("{:?}: {}", c, describe(c));
    }
    println!("{}", greet(&[]));
    println!("{}", greet(&["Ada"]));
    println!("{}", greet(&["Ada", "Grace"]));
    println!("{}", greet(&["Ada", "Grace", "Linus", "Ken"]));
}
