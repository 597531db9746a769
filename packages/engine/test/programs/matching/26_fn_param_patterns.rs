fn print_coordinates(&(x, y): &(i32, i32)) {
    println!("Current location: ({}, {})", x, y);
}

fn distance_sq((x1, y1): (i32, i32), (x2, y2): (i32, i32)) -> i32 {
    let (dx, dy) = (x2 - x1, y2 - y1);
    dx * dx + dy * dy
}

struct Rect {
    width: u32,
    height: u32,
}

fn area(Rect { width, height }: &Rect) -> u32 {
    width * height
}

fn main() {
    let point = (3, 5);
    print_coordinates(&point);
    println!("dist^2 = {}", distance_sq((0, 0), point));

    let rects = [Rect { width: 3, height: 4 }, Rect { width: 10, height: 2 }];
    let total: u32 = rects.iter().map(area).sum();
    println!("total area = {}", total);

    let pairs = vec![(1, 'a'), (2, 'b'), (3, 'c')];
    let letters: String = pairs.iter().map(|&(_, c)| c).collect();
    let sum: i32 = pairs.iter().map(|(n, _)| n).sum();
    println!("{} {}", letters, sum);

    let (_, second, _) = ("x", 42, true);
    let (first, ..) = (1.5, "ignored", 'z', 0u8);
    println!("{} {}", second, first);
}
