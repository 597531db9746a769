// VecDeque as a FIFO queue and as a double-ended buffer.
use std::collections::VecDeque;

fn main() {
    let mut q: VecDeque<&str> = VecDeque::new();
    q.push_back("ann");
    q.push_back("ben");
    q.push_back("cat");
    println!("queue = {:?}, front = {:?}, back = {:?}", q, q.front(), q.back());

    while let Some(who) = q.pop_front() {
        println!("serving {}, {} still waiting", who, q.len());
        if who == "ben" {
            q.push_back("dan");
        }
    }

    let mut d: VecDeque<i32> = (1..=5).collect();
    d.rotate_left(2);
    println!("rotated left 2: {:?}", d);
    d.push_front(0);
    d.push_back(99);
    println!("both ends: {:?}", d);
    if let Some(x) = d.get_mut(3) {
        *x *= 100;
    }
    println!("after get_mut: {:?}", d);
    let v: Vec<i32> = d.iter().rev().copied().collect();
    println!("reversed vec: {:?}", v);

    // sliding window maximum with a monotonic deque of indices
    let nums = [1, 3, -1, -3, 5, 3, 6, 7];
    let k = 3;
    let mut idx: VecDeque<usize> = VecDeque::new();
    let mut maxes = Vec::new();
    for i in 0..nums.len() {
        while let Some(&b) = idx.back() {
            if nums[b] <= nums[i] {
                idx.pop_back();
            } else {
                break;
            }
        }
        idx.push_back(i);
        if idx[0] + k <= i {
            idx.pop_front();
        }
        if i + 1 >= k {
            maxes.push(nums[idx[0]]);
        }
    }
    println!("window maxima: {:?}", maxes);
}
