fn binary_search(haystack: &[i32], needle: i32, offset: usize) -> Option<usize> {
    if haystack.is_empty() {
        return None;
    }
    let mid = haystack.len() / 2;
    if haystack[mid] == needle {
        Some(offset + mid)
    } else if needle < haystack[mid] {
        binary_search(&haystack[..mid], needle, offset)
    } else {
        binary_search(&haystack[mid + 1..], needle, offset + mid + 1)
    }
}

fn bsearch_bounds(data: &[&str], key: &str, lo: usize, hi: usize) -> Result<usize, usize> {
    if lo >= hi {
        return Err(lo);
    }
    let mid = lo + (hi - lo) / 2;
    match data[mid].cmp(key) {
        std::cmp::Ordering::Equal => Ok(mid),
        std::cmp::Ordering::Greater => bsearch_bounds(data, key, lo, mid),
        std::cmp::Ordering::Less => bsearch_bounds(data, key, mid + 1, hi),
    }
}

fn main() {
    let primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31];
    for n in [2, 13, 31, 4, 40] {
        match binary_search(&primes, n, 0) {
            Some(i) => println!("{} found at index {}", n, i),
            None => println!("{} is not in the list", n),
        }
    }
    let names = ["ada", "bjarne", "grace", "guido", "linus"];
    for key in ["grace", "dennis"] {
        let mine = bsearch_bounds(&names, key, 0, names.len());
        let std = names.binary_search(&key);
        println!("{:>7}: mine = {:?}, std = {:?}", key, mine, std);
    }
}
