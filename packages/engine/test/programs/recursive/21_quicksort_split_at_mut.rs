// In-place quicksort using split_at_mut for the recursive calls
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
    let (left, right) = v.split_at_mut(p);
    quicksort(left);
    quicksort(&mut right[1..]);
}

fn main() {
    let mut data = [5, 1, 9, 3, 7, 2, 8, 6, 4, 0];
    quicksort(&mut data);
    println!("{:?}", data);
    let mut words = vec![3, 3, 1, 1, 2];
    quicksort(&mut words);
    println!("{:?}", words);
}
