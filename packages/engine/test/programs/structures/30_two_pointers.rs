// Two-pointer techniques on sorted slices and in-place compaction.
fn pair_with_sum(a: &[i32], target: i32) -> Option<(i32, i32)> {
    if a.is_empty() {
        return None;
    }
    let (mut i, mut j) = (0, a.len() - 1);
    while i < j {
        let s = a[i] + a[j];
        if s == target {
            return Some((a[i], a[j]));
        } else if s < target {
            i += 1;
        } else {
            j -= 1;
        }
    }
    None
}

fn remove_duplicates(a: &mut Vec<i32>) -> usize {
    if a.is_empty() {
        return 0;
    }
    let mut write = 1;
    for read in 1..a.len() {
        if a[read] != a[write - 1] {
            a[write] = a[read];
            write += 1;
        }
    }
    a.truncate(write);
    write
}

fn reverse_in_place(a: &mut [char]) {
    if a.len() < 2 {
        return;
    }
    let (mut i, mut j) = (0, a.len() - 1);
    while i < j {
        a.swap(i, j);
        i += 1;
        j -= 1;
    }
}

fn max_area(h: &[u32]) -> u32 {
    let (mut l, mut r) = (0, h.len() - 1);
    let mut best = 0;
    while l < r {
        let area = h[l].min(h[r]) * (r - l) as u32;
        best = best.max(area);
        if h[l] < h[r] { l += 1 } else { r -= 1 }
    }
    best
}

fn main() {
    let sorted = [1, 2, 4, 7, 11, 15];
    println!("sum 15: {:?}", pair_with_sum(&sorted, 15));
    println!("sum 100: {:?}", pair_with_sum(&sorted, 100));
    println!("empty: {:?}", pair_with_sum(&[], 3));

    let mut v = vec![1, 1, 2, 3, 3, 3, 4, 5, 5];
    let n = remove_duplicates(&mut v);
    println!("unique count {} -> {:?}", n, v);

    let mut chars: Vec<char> = "memory".chars().collect();
    reverse_in_place(&mut chars);
    println!("reversed: {}", chars.iter().collect::<String>());

    println!("max water: {}", max_area(&[1, 8, 6, 2, 5, 4, 8, 3, 7]));
}
