// Recursion over slices with [head, tail @ ..], as in functional languages.
fn sum(xs: &[i64]) -> i64 {
    match xs {
        [] => 0,
        [head, tail @ ..] => head + sum(tail),
    }
}

fn max(xs: &[i64]) -> Option<i64> {
    match xs {
        [] => None,
        [only] => Some(*only),
        [head, rest @ ..] => {
            let m = max(rest).unwrap();
            Some(if *head > m { *head } else { m })
        }
    }
}

fn is_palindrome(s: &[char]) -> bool {
    match s {
        [] | [_] => true,
        [a, inner @ .., b] => a == b && is_palindrome(inner),
    }
}

fn pairs_sum(xs: &[i64]) -> Vec<i64> {
    match xs {
        [a, b, rest @ ..] => {
            let mut v = vec![a + b];
            v.extend(pairs_sum(rest));
            v
        }
        [a] => vec![*a],
        [] => vec![],
    }
}

fn main() {
    let data = [4, -2, 17, 8, 3];
    println!("sum = {}", sum(&data));
    println!("max = {:?}", max(&data));
    println!("max of empty = {:?}", max(&[]));
    for w in ["racecar", "rust", "abba", "x"] {
        let chars: Vec<char> = w.chars().collect();
        println!("{} palindrome? {}", w, is_palindrome(&chars));
    }
    println!("pairs: {:?}", pairs_sum(&data));
}
