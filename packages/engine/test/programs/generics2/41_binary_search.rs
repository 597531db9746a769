// Exercise: implement binary search for any ordered T.
fn binary_search<T: Ord>(sorted: &[T], target: &T) -> Option<usize> {
    let mut lo = 0;
    let mut hi = sorted.len();
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if &sorted[mid] == target {
            return Some(mid);
        } else if &sorted[mid] < target {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    None
}

fn main() {
    let primes = [2, 3, 5, 7, 11, 13, 17, 19, 23];
    for t in [2, 13, 23, 4, 100] {
        println!("{:>3} -> {:?}", t, binary_search(&primes, &t));
    }

    let names = vec!["amy", "bob", "cat", "dan"];
    println!("cat -> {:?}", binary_search(&names, &"cat"));
    println!("eve -> {:?}", binary_search(&names, &"eve"));
}
