// Quicksort with Lomuto partition, recursing on halves from split_at_mut.
fn partition(a: &mut [i32]) -> usize {
    let last = a.len() - 1;
    let pivot = a[last];
    let mut store = 0;
    for i in 0..last {
        if a[i] < pivot {
            a.swap(i, store);
            store += 1;
        }
    }
    a.swap(store, last);
    store
}

fn quicksort(a: &mut [i32], depth: usize) {
    if a.len() <= 1 {
        return;
    }
    let p = partition(a);
    println!("{}pivot {} at {} in {:?}", "  ".repeat(depth), a[p], p, a);
    let (left, right) = a.split_at_mut(p);
    quicksort(left, depth + 1);
    quicksort(&mut right[1..], depth + 1);
}

fn main() {
    let mut v = vec![9, 3, 7, 1, 8, 2, 5];
    quicksort(&mut v, 0);
    println!("sorted: {:?}", v);

    let mut dups = [4, 4, 1, 4, 2, 1];
    quicksort(&mut dups, 0);
    println!("dups sorted: {:?}", dups);

    let mut one = [42];
    quicksort(&mut one, 0);
    println!("one: {:?}", one);

    let mut v2: Vec<i32> = (0..8).map(|i| (i * 37 + 11) % 17).collect();
    println!("input: {:?}", v2);
    let mid = v2.len() / 2;
    let (lo, hi) = v2.split_at_mut(mid);
    quicksort(lo, 1);
    quicksort(hi, 1);
    println!("halves sorted independently: {:?}", v2);
}
