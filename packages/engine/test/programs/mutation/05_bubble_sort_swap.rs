fn bubble_sort(v: &mut [i32]) {
    let n = v.len();
    for i in 0..n {
        let mut swapped = false;
        for j in 0..n - 1 - i {
            if v[j] > v[j + 1] {
                v.swap(j, j + 1);
                swapped = true;
            }
        }
        if !swapped {
            break;
        }
    }
}

fn main() {
    let mut numbers = vec![64, 34, 25, 12, 22, 11, 90];
    println!("unsorted: {:?}", numbers);
    bubble_sort(&mut numbers);
    println!("sorted:   {:?}", numbers);

    let mut letters = ['d', 'a', 'c', 'b'];
    letters.swap(0, 3);
    println!("{:?}", letters);
}
