// Binary Diagnostic (2021 day 3)
const INPUT: &str = "00100
11110
10110
10111
10101
01111
00111
11100
10000
11001
00010
01010";

fn count_ones(lines: &[&str], bit: usize) -> usize {
    lines.iter().filter(|l| l.as_bytes()[bit] == b'1').count()
}

fn rating(lines: &[&str], keep_most: bool) -> u32 {
    let mut remaining: Vec<&str> = lines.to_vec();
    let width = lines[0].len();
    for bit in 0..width {
        if remaining.len() == 1 {
            break;
        }
        let ones = count_ones(&remaining, bit);
        let zeros = remaining.len() - ones;
        let wanted = if keep_most {
            if ones >= zeros { b'1' } else { b'0' }
        } else {
            if ones >= zeros { b'0' } else { b'1' }
        };
        remaining.retain(|l| l.as_bytes()[bit] == wanted);
    }
    u32::from_str_radix(remaining[0], 2).unwrap()
}

fn main() {
    let lines: Vec<&str> = INPUT.lines().collect();
    let width = lines[0].len();

    let mut gamma = 0u32;
    for bit in 0..width {
        gamma <<= 1;
        if count_ones(&lines, bit) * 2 > lines.len() {
            gamma |= 1;
        }
    }
    let epsilon = !gamma & ((1 << width) - 1);
    println!("gamma={} epsilon={} power={}", gamma, epsilon, gamma * epsilon);

    let oxygen = rating(&lines, true);
    let co2 = rating(&lines, false);
    println!("oxygen={} co2={} life support={}", oxygen, co2, oxygen * co2);
}
