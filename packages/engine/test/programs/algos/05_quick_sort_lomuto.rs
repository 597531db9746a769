// Quicksort with the Lomuto partition scheme, last element as pivot.
fn partition(a: &mut [i32]) -> usize {
    let hi = a.len() - 1;
    let pivot = a[hi];
    let mut store = 0;
    for i in 0..hi {
        if a[i] < pivot {
            a.swap(i, store);
            store += 1;
        }
    }
    a.swap(store, hi);
    store
}

fn quick_sort(a: &mut [i32]) {
    if a.len() <= 1 {
        return;
    }
    let p = partition(a);
    let (left, right) = a.split_at_mut(p);
    quick_sort(left);
    quick_sort(&mut right[1..]);
}

fn main() {
    let mut nums = vec![10, 80, 30, 90, 40, 50, 70];
    quick_sort(&mut nums);
    println!("{:?}", nums);

    let mut dups = vec![3, 3, 1, 3, 2, 1, 3];
    quick_sort(&mut dups);
    println!("{:?}", dups);

    let mut rev: Vec<i32> = (1..=12).rev().collect();
    quick_sort(&mut rev);
    println!("{:?}", rev);
}
