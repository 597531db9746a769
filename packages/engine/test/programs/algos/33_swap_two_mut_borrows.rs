// A student tries to swap two elements by hand during a bubble sort.
fn bubble_sort(v: &mut Vec<i32>) {
    let n = v.len();
    for i in 0..n {
        for j in 0..n - 1 - i {
            if v[j] > v[j + 1] {
                let a = &mut v[j];
                let b = &mut v[j + 1];
                std::mem::swap(a, b);
            }
        }
    }
}

fn main() {
    let mut v = vec![5, 2, 9, 1, 7];
    bubble_sort(&mut v);
    println!("{:?}", v);
}
