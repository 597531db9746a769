// Fixed-size sliding window: best k consecutive days of rainfall.
fn best_window(data: &[u32], k: usize) -> Option<(usize, u32)> {
    if k == 0 || k > data.len() {
        return None;
    }
    let mut sum: u32 = data[..k].iter().sum();
    let mut best = (0, sum);
    for end in k..data.len() {
        sum += data[end];
        sum -= data[end - k];
        if sum > best.1 {
            best = (end + 1 - k, sum);
        }
    }
    Some(best)
}

// Variable window: shortest run whose sum reaches a target.
fn shortest_reaching(data: &[u32], target: u32) -> Option<usize> {
    let mut left = 0;
    let mut sum = 0;
    let mut best: Option<usize> = None;
    for right in 0..data.len() {
        sum += data[right];
        while sum >= target {
            let len = right - left + 1;
            best = Some(best.map_or(len, |b| b.min(len)));
            sum -= data[left];
            left += 1;
        }
    }
    best
}

fn main() {
    let rain = [3, 0, 12, 7, 1, 0, 0, 9, 14, 2, 5];
    for k in [1, 3, 5, 20] {
        match best_window(&rain, k) {
            Some((start, total)) => println!("k={}: days {}..{} total {}", k, start, start + k - 1, total),
            None => println!("k={}: window does not fit", k),
        }
    }
    println!("shortest reaching 20: {:?}", shortest_reaching(&rain, 20));
    println!("shortest reaching 100: {:?}", shortest_reaching(&rain, 100));
}
