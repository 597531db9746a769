// Rustlings-style: matching Option values, including nested tuples inside.
fn find_pair(words: &[&str], target_len: usize) -> Option<(usize, usize)> {
    for i in 0..words.len() {
        for j in (i + 1)..words.len() {
            if words[i].len() + words[j].len() == target_len {
                return Some((i, j));
            }
        }
    }
    None
}

fn plus_one(x: Option<i32>) -> Option<i32> {
    match x {
        None => None,
        Some(i) => Some(i + 1),
    }
}

fn main() {
    let words = ["apple", "fig", "banana", "kiwi", "plum"];
    match find_pair(&words, 7) {
        Some((i, j)) => println!("{} + {} = 7 letters", words[i], words[j]),
        None => println!("no pair"),
    }
    match find_pair(&words, 100) {
        Some((0, _)) => println!("starts with apple"),
        Some(_) => println!("some pair"),
        None => println!("no pair of length 100"),
    }

    let five = Some(5);
    println!("{:?} {:?}", plus_one(five), plus_one(None));

    let mut optional_point = Some((3, 4));
    if let Some((ref mut x, _)) = optional_point {
        *x += 10;
    }
    println!("{:?}", optional_point);

    let values = vec![Some(1), None, Some(3), None, Some(5)];
    let mut somes = 0;
    for v in &values {
        if let Some(n) = v {
            somes += n;
        } else {
            println!("found a hole");
        }
    }
    println!("sum of somes = {}", somes);
}
