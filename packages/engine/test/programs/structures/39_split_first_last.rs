// split_first, split_last, split_at and recursive slice processing.
fn sum_rec(a: &[i32]) -> i32 {
    match a.split_first() {
        Some((head, tail)) => head + sum_rec(tail),
        None => 0,
    }
}

fn max_rec(a: &[i32]) -> Option<i32> {
    let (first, rest) = a.split_first()?;
    Some(match max_rec(rest) {
        Some(m) if m > *first => m,
        _ => *first,
    })
}

fn describe(path: &[&str]) -> String {
    match path.split_last() {
        Some((file, dirs)) if !dirs.is_empty() => format!("file {} in {}", file, dirs.join("/")),
        Some((file, _)) => format!("file {} at root", file),
        None => "empty path".to_string(),
    }
}

fn main() {
    let v = [4, -2, 9, 7, 3];
    println!("sum = {}, max = {:?}", sum_rec(&v), max_rec(&v));
    println!("max of empty = {:?}", max_rec(&[]));

    if let Some((first, rest)) = v.split_first() {
        println!("first = {}, rest = {:?}", first, rest);
    }
    if let Some((last, init)) = v.split_last() {
        println!("last = {}, init = {:?}", last, init);
    }
    let (left, right) = v.split_at(2);
    println!("split_at(2): {:?} | {:?}", left, right);

    println!("{}", describe(&["home", "ana", "notes.txt"]));
    println!("{}", describe(&["README"]));
    println!("{}", describe(&[]));

    let mut scores = vec![10, 20, 30, 40];
    if let Some((first, rest)) = scores.split_first_mut() {
        for r in rest.iter_mut() {
            *r -= *first;
        }
        *first = 0;
    }
    println!("relative to first: {:?}", scores);
    let args = ["prog", "--verbose", "input.rs"];
    if let [cmd, flags @ .., last] = &args[..] {
        println!("cmd {} flags {:?} last {}", cmd, flags, last);
    }
}
