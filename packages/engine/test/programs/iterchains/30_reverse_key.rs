use std::cmp::Reverse;

fn main() {
    let mut scores = vec![("kim", 72), ("lou", 95), ("max", 88), ("ned", 95)];
    scores.sort_by_key(|&(name, s)| (Reverse(s), name));
    println!("{:?}", scores);

    let mut lens = vec!["ab", "abcd", "a", "abc"];
    lens.sort_by_key(|s| Reverse(s.len()));
    println!("{:?}", lens);

    let top3: Vec<i32> = {
        let mut v = vec![5, 1, 9, 3, 7, 2];
        v.sort_by_key(|&x| Reverse(x));
        v.into_iter().take(3).collect()
    };
    println!("top 3: {:?}", top3);

    let smallest_last = [4, 8, 2, 6].iter().max_by_key(|&&x| Reverse(x));
    println!("min via Reverse: {:?}", smallest_last);
}
