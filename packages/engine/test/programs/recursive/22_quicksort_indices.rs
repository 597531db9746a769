// Quicksort with lo/hi indices (Lomuto), counting comparisons
fn quicksort(v: &mut Vec<i32>, lo: isize, hi: isize, comparisons: &mut u32) {
    if lo >= hi {
        return;
    }
    let pivot = v[hi as usize];
    let mut i = lo - 1;
    for j in lo..hi {
        *comparisons += 1;
        if v[j as usize] <= pivot {
            i += 1;
            v.swap(i as usize, j as usize);
        }
    }
    v.swap((i + 1) as usize, hi as usize);
    let p = i + 1;
    quicksort(v, lo, p - 1, comparisons);
    quicksort(v, p + 1, hi, comparisons);
}

fn main() {
    let mut v = vec![10, 80, 30, 90, 40, 50, 70];
    let mut comparisons = 0;
    let hi = v.len() as isize - 1;
    quicksort(&mut v, 0, hi, &mut comparisons);
    println!("{:?} after {} comparisons", v, comparisons);
}
