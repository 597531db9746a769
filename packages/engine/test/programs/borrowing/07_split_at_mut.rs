// Two mutable views into one array, safely, with split_at_mut.
fn add_left_to_right(data: &mut [i32]) {
    let mid = data.len() / 2;
    let (left, right) = data.split_at_mut(mid);
    for (l, r) in left.iter().zip(right.iter_mut()) {
        *r += *l;
    }
}

fn swap_ends(v: &mut Vec<String>) {
    let last = v.len() - 1;
    let (head, tail) = v.split_at_mut(last);
    std::mem::swap(&mut head[0], &mut tail[0]);
}

fn main() {
    let mut nums = [1, 2, 3, 10, 20, 30];
    add_left_to_right(&mut nums);
    println!("{:?}", nums);

    let mut names = vec![
        String::from("first"),
        String::from("middle"),
        String::from("last"),
    ];
    swap_ends(&mut names);
    println!("{:?}", names);

    let mut grid = vec![0u8; 6];
    {
        let (row0, row1) = grid.split_at_mut(3);
        row0[0] = 7;
        row1[2] = row0[0] * 2;
    }
    println!("{:?}", grid);
}
