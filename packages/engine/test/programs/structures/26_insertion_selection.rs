// Insertion sort and selection sort, written by hand on slices.
fn insertion_sort(a: &mut [i32]) {
    for i in 1..a.len() {
        let key = a[i];
        let mut j = i;
        while j > 0 && a[j - 1] > key {
            a[j] = a[j - 1];
            j -= 1;
        }
        a[j] = key;
    }
}

fn selection_sort(a: &mut [i32]) {
    let n = a.len();
    for i in 0..n {
        let mut min_idx = i;
        for j in (i + 1)..n {
            if a[j] < a[min_idx] {
                min_idx = j;
            }
        }
        if min_idx != i {
            a.swap(i, min_idx);
        }
    }
}

fn insertion_sort_strings(words: &mut Vec<String>) {
    for i in 1..words.len() {
        let mut j = i;
        while j > 0 && words[j - 1].len() > words[j].len() {
            words.swap(j - 1, j);
            j -= 1;
        }
    }
}

fn main() {
    let original = vec![29, 10, 14, 37, 13, -5, 10];
    let mut a = original.clone();
    insertion_sort(&mut a);
    println!("insertion: {:?}", a);
    let mut b = original.clone();
    selection_sort(&mut b);
    println!("selection: {:?}", b);
    println!("agree: {}", a == b);
    let mut std_sorted = original.clone();
    std_sorted.sort();
    println!("matches std sort: {}", std_sorted == a);

    let mut words: Vec<String> = ["pear", "fig", "banana", "kiwi", "apple"].iter().map(|s| s.to_string()).collect();
    insertion_sort_strings(&mut words);
    println!("by length (stable): {:?}", words);

    let mut arr = [3, 1, 2];
    selection_sort(&mut arr[..]);
    println!("array: {:?}", arr);
}
