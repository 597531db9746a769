fn sum(xs: &[i64]) -> i64 {
    match xs {
        [] => 0,
        [x, rest @ ..] => x + sum(rest),
    }
}

fn max(xs: &[i64]) -> Option<i64> {
    match xs {
        [] => None,
        [only] => Some(*only),
        [head, tail @ ..] => {
            let m = max(tail).unwrap();
            Some(if *head > m { *head } else { m })
        }
    }
}

fn is_palindrome(xs: &[char]) -> bool {
    match xs {
        [] | [_] => true,
        [first, middle @ .., last] => first == last && is_palindrome(middle),
    }
}

fn main() {
    let nums = [4, -2, 17, 8, 3];
    println!("sum = {}", sum(&nums));
    println!("max = {:?}", max(&nums));
    println!("max of empty = {:?}", max(&[]));
    for w in ["racecar", "level", "rust", "a", ""] {
        let cs: Vec<char> = w.chars().collect();
        println!("{:?} palindrome? {}", w, is_palindrome(&cs));
    }
}
