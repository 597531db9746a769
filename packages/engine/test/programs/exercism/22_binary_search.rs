// Generic binary search over any slice of ordered items.
pub fn find<T: Ord>(array: &[T], key: T) -> Option<usize> {
    let mut low = 0;
    let mut high = array.len();
    while low < high {
        let mid = low + (high - low) / 2;
        if array[mid] == key {
            return Some(mid);
        } else if array[mid] < key {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    None
}

fn main() {
    let numbers = [1, 3, 4, 6, 8, 9, 11];
    for key in [6, 1, 11, 7, 0, 13] {
        println!("find {:>2} -> {:?}", key, find(&numbers, key));
    }
    let words = ["apple", "banana", "cherry", "kiwi", "mango"];
    println!("kiwi at {:?}", find(&words, "kiwi"));
    println!("grape at {:?}", find(&words, "grape"));
    let empty: [i32; 0] = [];
    println!("empty -> {:?}", find(&empty, 1));
}
