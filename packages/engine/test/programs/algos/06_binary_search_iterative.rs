fn binary_search(haystack: &[i32], needle: i32) -> Option<usize> {
    let mut low = 0;
    let mut high = haystack.len();
    let mut steps = 0;
    while low < high {
        steps += 1;
        let mid = low + (high - low) / 2;
        if haystack[mid] == needle {
            println!("  found {} after {} steps", needle, steps);
            return Some(mid);
        } else if haystack[mid] < needle {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    println!("  gave up on {} after {} steps", needle, steps);
    None
}

fn main() {
    let primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37];
    for target in [2, 19, 37, 20, 1, 40] {
        match binary_search(&primes, target) {
            Some(i) => println!("{} is at index {}", target, i),
            None => println!("{} is not prime (or too big)", target),
        }
    }
}
