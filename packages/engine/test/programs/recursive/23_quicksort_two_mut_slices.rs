// Quicksort: recurse on both halves of the same slice
fn partition(v: &mut [i32]) -> usize {
    let pivot = v[v.len() - 1];
    let mut store = 0;
    for i in 0..v.len() - 1 {
        if v[i] < pivot {
            v.swap(i, store);
            store += 1;
        }
    }
    let last = v.len() - 1;
    v.swap(store, last);
    store
}

fn quicksort(v: &mut [i32]) {
    if v.len() <= 1 {
        return;
    }
    let p = partition(v);
    let left = &mut v[..p];
    let right = &mut v[p + 1..];
    quicksort(left);
    quicksort(right);
}

fn main() {
    let mut data = [4, 2, 7, 1];
    quicksort(&mut data);
    println!("{:?}", data);
}
