// Recursive functions over slices
fn sum(v: &[i32]) -> i32 {
    if v.is_empty() {
        0
    } else {
        v[0] + sum(&v[1..])
    }
}

fn max(v: &[i32]) -> Option<i32> {
    match v {
        [] => None,
        [x] => Some(*x),
        [x, rest @ ..] => {
            let m = max(rest).unwrap();
            Some(if *x > m { *x } else { m })
        }
    }
}

fn count_if(v: &[i32], pred: &dyn Fn(i32) -> bool) -> usize {
    match v.split_first() {
        None => 0,
        Some((h, t)) => (pred(*h) as usize) + count_if(t, pred),
    }
}

fn reversed(v: &[i32]) -> Vec<i32> {
    match v.split_last() {
        None => Vec::new(),
        Some((last, init)) => {
            let mut out = vec![*last];
            out.extend(reversed(init));
            out
        }
    }
}

fn main() {
    let data = [4, -2, 9, 7, -5, 3];
    println!("sum = {}", sum(&data));
    println!("max = {:?}, max of empty = {:?}", max(&data), max(&[]));
    println!("negatives = {}", count_if(&data, &|x| x < 0));
    println!("reversed = {:?}", reversed(&data));
}
