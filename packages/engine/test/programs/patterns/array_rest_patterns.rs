fn sum(xs: &[i32]) -> i32 {
    match xs {
        [] => 0,
        [x, rest @ ..] => x + sum(rest),
    }
}

fn main() {
    let words = [String::from("alpha"), String::from("beta"), String::from("gamma")];
    let [head, tail @ ..] = words;
    println!("{} {:?} {}", head, tail, tail.len());
    let nums = [1, 2, 3, 4, 5];
    let [first, middle @ .., last] = nums;
    println!("{} {:?} {} {}", first, middle, last, sum(&middle));
    let [a, rest @ ..] = &nums;
    println!("{} {:?} {}", a, rest, rest.len());
    if let [.., x, y] = nums {
        println!("{} {}", x, y);
    }
}
