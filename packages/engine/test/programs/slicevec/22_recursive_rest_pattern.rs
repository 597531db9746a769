// Recursion over slices with the [x, rest @ ..] pattern.
fn sum(v: &[i64]) -> i64 {
    match v {
        [] => 0,
        [x, rest @ ..] => x + sum(rest),
    }
}

fn max(v: &[i64]) -> Option<i64> {
    match v {
        [] => None,
        [only] => Some(*only),
        [x, rest @ ..] => {
            let m = max(rest).unwrap();
            Some(if *x > m { *x } else { m })
        }
    }
}

fn count_pairs(v: &[char]) -> usize {
    match v {
        [a, b, rest @ ..] if a == b => 1 + count_pairs(rest),
        [_, rest @ ..] => count_pairs(rest),
        [] => 0,
    }
}

fn main() {
    let data = [3, -1, 12, 7, 0];
    println!("sum = {}", sum(&data));
    println!("max = {:?}", max(&data));
    println!("max of nothing = {:?}", max(&[]));

    let letters: Vec<char> = "aabccdde".chars().collect();
    println!("pairs in aabccdde: {}", count_pairs(&letters));
}
